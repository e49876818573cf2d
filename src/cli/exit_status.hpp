// Exit statuses of the docket command, documented in --help and README.md.
// Shared by every way of running (one article, a batch, a stream).
#pragma once

namespace docket::cli {

constexpr int kExitOk = 0;
constexpr int kExitInputFailed = 1;    // at least one input could not be analysed; the others were
constexpr int kExitUsage = 2;          // bad flags or bad lexicons: nothing was analysed
constexpr int kExitOutput = 3;         // output could not be written (closed pipe, full disk)
constexpr int kExitInternal = 4;       // an unexpected exception (a bug, or out of memory)
constexpr int kExitInterrupted = 130;  // Ctrl-C / SIGTERM: 128 + SIGINT, as shells report it

}  // namespace docket::cli
