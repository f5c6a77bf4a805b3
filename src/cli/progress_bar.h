// cli/progress_bar.h (internal to cli/)
//
// ProgressBar: a one-line progress bar on stderr while a long import runs. It draws only
// when stderr is a terminal, so logs and pipes stay clean.

#ifndef SHANHAI_CLI_PROGRESS_BAR_H_
#define SHANHAI_CLI_PROGRESS_BAR_H_

#include <cstdint>
#include <string>

namespace shanhai::cli {

class ProgressBar {
 public:
  // `label` is printed before the bar, e.g. the file name.
  explicit ProgressBar(std::string label);
  // Redraws for `done` of `total`. Not thread-safe; call from one thread.
  void Update(int64_t done, int64_t total);
  // Ends the line if anything was drawn.
  void Finish();

 private:
  std::string label_;
  bool enabled_;
  bool drawn_ = false;
  int last_permille_ = -1;
};

}  // namespace shanhai::cli

#endif  // SHANHAI_CLI_PROGRESS_BAR_H_
