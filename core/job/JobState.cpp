#include "job/JobState.h"

namespace pgd {

const char* toString(JobState state) {
  switch (state) {
  case JobState::Idle:
    return "idle";
  case JobState::Scheduled:
    return "scheduled";
  case JobState::Running:
    return "running";
  case JobState::Cancelling:
    return "cancelling";
  case JobState::Cancelled:
    return "cancelled";
  case JobState::Completed:
    return "completed";
  case JobState::Failed:
    return "failed";
  }
  return "unknown";
}

} // namespace pgd
