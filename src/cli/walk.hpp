// Input walking: turns the PATH arguments into the list of articles to analyse, in a stable order.
// Directories are walked recursively (sorted by name, hidden entries skipped, symlink loops cut).
#pragma once

#include <string>
#include <vector>

namespace docket::cli {

struct InputFile {
  std::string path;      // as printed in "source": the argument, or argument/relative/path
  std::string relative;  // its place in the output tree (--out-dir): path under its root argument
  bool is_stdin = false;
};

struct WalkResult {
  std::vector<InputFile> files;
  bool any_directory = false;  // a directory was named: this is a batch even with one file in it
};

// `include` globs (fnmatch) apply to files found in directories, not to files named explicitly;
// a glob with a '/' matches the path relative to the directory argument.
WalkResult collect_inputs(const std::vector<std::string>& paths,
                          const std::vector<std::string>& include);

}  // namespace docket::cli
