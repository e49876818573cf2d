// Interrupt: Ctrl-C (SIGINT) and SIGTERM ask a run to stop after the articles already started.
// A second Ctrl-C kills the process at once (the default action is restored by the first).
#pragma once

namespace docket::cli {

void install_interrupt_handler();
[[nodiscard]] bool interrupted();

}  // namespace docket::cli
