// Output files (--out-dir): where each article's JSON goes, and writing it so that a reader or an
// interrupted run never sees half a file (write a temporary file beside it, then rename).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace docket::cli {

// out_dir/relative with its extension replaced by .json ("business/001.txt" ->
// "business/001.json").
std::filesystem::path output_path(const std::filesystem::path& out_dir,
                                  const std::string& relative);

// Writes `contents` to `path` atomically, creating parent directories; "" or an error message.
// `tag` makes the temporary name unique among concurrent writers.
std::string write_atomically(const std::filesystem::path& path, std::string_view contents,
                             unsigned tag);

}  // namespace docket::cli
