// JSON Lines streaming (--input jsonl): one {"id","text","reference_date"} object per stdin line
// in, one result line per input line out, in order and flushed at once — a filter that Hadoop
// Streaming, Spark RDD.pipe() and GNU parallel --pipe can run unchanged.
#pragma once

#include <string>

#include "docket/lexicons.hpp"
#include "options.hpp"
#include "printer.hpp"

namespace docket::cli {

// Exit status: 0 all lines analysed, 1 some line failed (its result line is an error record).
int run_jsonl_stream(const RunConfig& cfg, const Lexicons& lex);

// Reads one input line into its source name, text and options; on failure sets o.error and the
// error record in o.out and returns false. Pure: exposed for the tests' benefit.
bool parse_jsonl_record(const std::string& line, size_t line_no, const RunConfig& cfg,
                        std::string& text, Options& opt, Outcome& o);

}  // namespace docket::cli
