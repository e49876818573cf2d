#include "walk.hpp"

#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <utility>

namespace docket::cli {
namespace {

namespace fs = std::filesystem;

bool included(const std::vector<std::string>& globs, const std::string& name,
              const std::string& relative) {
  if (globs.empty()) return true;
  return std::any_of(globs.begin(), globs.end(), [&](const std::string& g) {
    const std::string& subject = g.find('/') == std::string::npos ? name : relative;
    return fnmatch(g.c_str(), subject.c_str(), 0) == 0;
  });
}

class Walker {
 public:
  Walker(const std::vector<std::string>& include, std::vector<InputFile>& out)
      : include_(include), out_(out) {}

  void walk(const std::string& dir, const std::string& relative) {
    struct stat st {};
    // stat follows symlinks: a directory reached twice (a loop, or two links to it) is walked once.
    if (::stat(dir.c_str(), &st) != 0 || !visited_.insert({st.st_dev, st.st_ino}).second) return;
    std::vector<std::pair<std::string, bool>> entries;  // name, is directory
    std::error_code ec;
    for (fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (name.empty() || name.front() == '.') continue;
      std::error_code sec;
      const bool is_dir = it->is_directory(sec);
      if (!is_dir && !it->is_regular_file(sec)) continue;  // sockets, fifos, dangling links
      entries.emplace_back(std::move(name), is_dir);
    }
    std::sort(entries.begin(), entries.end());
    const std::string prefix = dir.ends_with('/') ? dir : dir + '/';
    for (const auto& [name, is_dir] : entries) {
      std::string rel = relative;
      if (!rel.empty()) rel += '/';
      rel += name;
      if (is_dir) {
        walk(prefix + name, rel);
      } else if (included(include_, name, rel)) {
        out_.push_back({prefix + name, rel, false});
      }
    }
  }

 private:
  const std::vector<std::string>& include_;
  std::vector<InputFile>& out_;
  std::set<std::pair<dev_t, ino_t>> visited_;
};

}  // namespace

WalkResult collect_inputs(const std::vector<std::string>& paths,
                          const std::vector<std::string>& include) {
  WalkResult r;
  Walker walker(include, r.files);
  for (const std::string& p : paths) {
    if (p == "-") {
      r.files.push_back({"-", "stdin", true});
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      r.any_directory = true;
      walker.walk(p, "");
    } else {
      // Files named explicitly are taken as they are; reading reports missing or unreadable ones.
      r.files.push_back({p, fs::path(p).filename().string(), false});
    }
  }
  return r;
}

}  // namespace docket::cli
