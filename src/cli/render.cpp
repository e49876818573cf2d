#include "render.hpp"

#include <nlohmann/json.hpp>
#include <sstream>

#include "docket/json_writer.hpp"
#include "docket/text_writer.hpp"
#include "docket/tsv_writer.hpp"

namespace docket::cli {

std::string render(const Summary& s, const RunConfig& cfg) {
  if (cfg.format == "text") {
    std::ostringstream out;
    write_text(out, s, cfg.sections, cfg.style);
    return std::move(out).str();
  }
  if (cfg.format == "tsv") {
    std::ostringstream out;
    write_tsv(out, s, cfg.sections);
    return std::move(out).str();
  }
  std::string out;
  append_json(out, s, cfg.sections, cfg.format == "jsonl");
  if (cfg.format == "jsonl") out += '\n';
  return out;
}

std::string error_record(std::string_view source, std::string_view message) {
  nlohmann::ordered_json j;
  j["source"] = source;
  j["error"] = message;
  // Bytes that are not UTF-8 in a file name must not make the record itself invalid JSON.
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + '\n';
}

}  // namespace docket::cli
