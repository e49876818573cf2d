#include "docket/lexicons.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>

#include "docket/dates.hpp"
#include "docket/entities.hpp"
#include "docket/quotes.hpp"
#include "docket/reporter.hpp"
#include "docket/tokenizer.hpp"
#include "docket/utf8.hpp"

namespace docket {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string describe_columns(const LexiconFile& f) {
  std::string out;
  for (size_t i = 0; i < f.columns.size(); ++i) {
    if (i) out += ", ";
    out += f.columns[i];
  }
  return out;
}

Result<LexiconFile> parse_text(std::string name, std::string origin, std::string_view text,
                               std::shared_ptr<const std::string> owner);

}  // namespace

Error LexiconFile::error_at(const LexiconEntry& e, std::string_view message) const {
  return Error{origin + ":" + std::to_string(e.line) + ": " + std::string(message)};
}

Result<LexiconFile> parse_lexicon(std::string name, std::string origin, std::string_view text) {
  // A run-time file may be anything: name the line of the first bad byte (file:line, as always).
  if (auto bad = utf8::validate(text)) {
    const auto line =
        1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(bad->offset), '\n');
    return Error{origin + ":" + std::to_string(line) + ": " +
                 (bad->nul ? "NUL byte" : "not UTF-8 text") + " (invalid byte at offset " +
                 std::to_string(bad->offset) + ")"};
  }
  return parse_valid_lexicon(std::move(name), std::move(origin), text);
}

Result<LexiconFile> parse_valid_lexicon(std::string name, std::string origin,
                                        std::string_view text) {
  auto owner = std::make_shared<const std::string>(text);
  return parse_text(std::move(name), std::move(origin), *owner, owner);
}

namespace {

// `text` lives as long as `owner`, or for the whole run when `owner` is null.
Result<LexiconFile> parse_text(std::string name, std::string origin, std::string_view text,
                               std::shared_ptr<const std::string> owner) {
  LexiconFile f;
  f.name = std::move(name);
  f.origin = std::move(origin);
  f.text = std::move(owner);
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  uint32_t line_no = 0;
  bool have_format = false;
  // All fields of all lines in one array, each entry a slice of it: one allocation per file,
  // not one per line. The slices are set once the array has stopped growing.
  auto fields = std::make_shared<std::vector<std::string_view>>();
  std::vector<size_t> starts;
  std::vector<std::string_view> row;
  // Exact sizes up front: growing by doubling would touch (page-fault) twice the memory.
  // Counted with memchr (vectorised): a byte loop cost one instruction per byte, and the NER
  // model's few long lines are most of the lexicons' bytes.
  const auto count = [&text](char c) {
    size_t n = 0;
    for (const char *p = text.data(), *end = p + text.size();
         (p = static_cast<const char*>(std::memchr(p, c, static_cast<size_t>(end - p)))); ++p)
      ++n;
    return n;
  };
  const size_t lines = 1 + count('\n'), tabs = count('\t');
  f.entries.reserve(lines);
  fields->reserve(lines + tabs);
  starts.reserve(lines + 1);
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view t = trim(line);
    if (t.empty()) {
      if (nl == text.size()) break;
      continue;
    }
    if (t.front() == '#') {
      t.remove_prefix(1);
      t = trim(t);
      if (!have_format && t.starts_with("FORMAT:")) {
        t.remove_prefix(7);
        while (!t.empty()) {
          size_t bar = t.find('|');
          std::string_view col = trim(t.substr(0, bar));
          const bool optional = col.size() >= 2 && col.front() == '[' && col.back() == ']';
          if (optional) col = col.substr(1, col.size() - 2);
          if (col.empty())
            return Error{f.origin + ":" + std::to_string(line_no) +
                         ": empty column name in FORMAT line"};
          if (!optional && f.required != f.columns.size())
            return Error{f.origin + ":" + std::to_string(line_no) +
                         ": a required column follows an optional one in FORMAT line"};
          f.columns.emplace_back(col);
          if (!optional) ++f.required;
          if (bar == std::string_view::npos) break;
          t.remove_prefix(bar + 1);
        }
        if (f.columns.empty())
          return Error{f.origin + ":" + std::to_string(line_no) + ": FORMAT line names no columns"};
        have_format = true;
      }
      if (nl == text.size()) break;
      continue;
    }
    if (!have_format)
      return Error{f.origin + ":" + std::to_string(line_no) +
                   ": data before the '# FORMAT: col | col' header line"};
    LexiconEntry e;
    e.line = line_no;
    row.clear();
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      row.push_back(trim(line.substr(
          start, tab == std::string_view::npos ? std::string_view::npos : tab - start)));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    while (row.size() > f.required && row.back().empty()) row.pop_back();
    if (row.size() < f.required || row.size() > f.columns.size()) {
      std::ostringstream m;
      m << "expected ";
      if (f.required == f.columns.size())
        m << f.required;
      else
        m << f.required << " to " << f.columns.size();
      m << " tab-separated field" << (f.columns.size() == 1 ? "" : "s") << " ("
        << describe_columns(f) << "), found " << row.size();
      return f.error_at(e, m.str());
    }
    for (size_t i = 0; i < f.required; ++i)
      if (row[i].empty()) return f.error_at(e, "column '" + f.columns[i] + "' is empty");
    starts.push_back(fields->size());
    fields->insert(fields->end(), row.begin(), row.end());
    f.entries.push_back(e);
    if (nl == text.size()) break;
  }
  starts.push_back(fields->size());
  for (size_t i = 0; i < f.entries.size(); ++i)
    f.entries[i].fields =
        std::span<const std::string_view>(fields->data() + starts[i], starts[i + 1] - starts[i]);
  f.fields = std::move(fields);
  return f;
}

}  // namespace

Result<Lexicons> Lexicons::load(const std::optional<std::filesystem::path>& overlay) {
  Lexicons lex;
  for (const auto& ef : embedded_lexicons()) {
    // Built-in files were checked to be UTF-8 when the build embedded them.
    // Their text is the binary's own data, so the entries view it directly.
    auto f = parse_text(std::string(ef.name), std::string(kBuiltInOrigin) + std::string(ef.name),
                        ef.contents, nullptr);
    if (!f) return f.error();
    lex.files_[std::string(ef.name)] = std::move(*f);
  }
  if (overlay) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(*overlay, ec))
      return Error{overlay->string() + ": not a directory of lexicon files"};
    std::vector<fs::path> paths;
    for (fs::recursive_directory_iterator
             it(*overlay, fs::directory_options::skip_permission_denied, ec),
         end;
         !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec) && it->path().extension() == ".tsv") paths.push_back(it->path());
    }
    if (ec) return Error{overlay->string() + ": cannot read directory: " + ec.message()};
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
      std::ifstream in(p, std::ios::binary);
      if (!in) return Error{p.string() + ": cannot read lexicon file"};
      std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      const std::string rel = fs::relative(p, *overlay).generic_string();
      auto f = parse_lexicon(rel, p.string(), text);
      if (!f) return f.error();
      lex.files_[rel] = std::move(*f);
    }
  }
  auto t = TokenizerRules::compile(lex);
  if (!t) return t.error();
  lex.tokenizer_ = std::make_shared<const TokenizerRules>(std::move(*t));
  auto d = DateLexicon::compile(lex);
  if (!d) return d.error();
  lex.dates_ = std::make_shared<const DateLexicon>(std::move(*d));
  auto e = EntityLexicon::compile(lex);
  if (!e) return e.error();
  lex.entities_ = std::make_shared<const EntityLexicon>(std::move(*e));
  auto q = QuoteLexicon::compile(lex);
  if (!q) return q.error();
  lex.quotes_ = std::make_shared<const QuoteLexicon>(std::move(*q));
  auto r = ReporterLexicon::compile(lex);
  if (!r) return r.error();
  lex.reporter_ = std::make_shared<const ReporterLexicon>(std::move(*r));
  return lex;
}

const LexiconFile& Lexicons::file(std::string_view name) const {
  static const LexiconFile empty;  // immutable: safe to share
  auto it = files_.find(name);
  return it == files_.end() ? empty : it->second;
}

}  // namespace docket
