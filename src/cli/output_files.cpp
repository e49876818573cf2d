#include "output_files.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

namespace docket::cli {
namespace {

// strerror() is not thread safe and workers write files concurrently.
std::string error_text(int err) {
  return std::generic_category().message(err);
}

}  // namespace

std::filesystem::path output_path(const std::filesystem::path& out_dir,
                                  const std::string& relative) {
  std::filesystem::path p = out_dir / relative;
  p.replace_extension(".json");
  return p;
}

std::string write_atomically(const std::filesystem::path& path, std::string_view contents,
                             unsigned tag) {
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) return "cannot create " + path.parent_path().string() + ": " + ec.message();
  // Hidden, so that walking the output directory later never picks it up as an article.
  std::string tmp_name(1, '.');
  tmp_name.append(path.filename().string()).append(".tmp").append(std::to_string(::getpid()));
  tmp_name.append(1, '-').append(std::to_string(tag));
  const std::filesystem::path tmp = path.parent_path() / tmp_name;
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) return "cannot write " + tmp.string() + ": " + error_text(errno);
  const char* p = contents.data();
  size_t left = contents.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const std::string err = error_text(errno);
      ::close(fd);
      ::unlink(tmp.c_str());
      return "cannot write " + tmp.string() + ": " + err;
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  if (::close(fd) != 0 || std::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string err = error_text(errno);
    ::unlink(tmp.c_str());
    return "cannot write " + path.string() + ": " + err;
  }
  return {};
}

}  // namespace docket::cli
