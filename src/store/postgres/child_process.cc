#include "store/postgres/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

extern char** environ;

namespace shanhai::store::internal {
namespace {

constexpr size_t kMaxErr = 64 * 1024;

// Closes the descriptors it holds when it goes out of scope.
struct Fds {
  int fd[4] = {-1, -1, -1, -1};  // out read, out write, err read, err write
  ~Fds() {
    for (int f : fd)
      if (f >= 0) ::close(f);
  }
  void Close(int i) {
    if (fd[i] >= 0) ::close(fd[i]);
    fd[i] = -1;
  }
};

std::string NameOf(const std::string& entry) { return entry.substr(0, entry.find('=')); }

}  // namespace

std::string PgProgram(std::string_view name) {
  const char* dir = std::getenv("SHANHAI_PG_BIN");
  if (dir && *dir) return std::string(dir) + "/" + std::string(name);
  return std::string(name);
}

Result<ChildOutput> RunChild(const std::vector<std::string>& argv, const std::vector<std::string>& env) {
  std::vector<std::string> environment;
  for (char** e = environ; *e; ++e) {
    std::string entry = *e;
    bool replaced = false;
    for (const auto& mine : env) replaced = replaced || NameOf(mine) == NameOf(entry);
    if (!replaced) environment.push_back(std::move(entry));
  }
  environment.insert(environment.end(), env.begin(), env.end());
  std::vector<char*> envp, args;
  for (auto& e : environment) envp.push_back(e.data());
  envp.push_back(nullptr);
  std::vector<std::string> argv_copy = argv;
  for (auto& a : argv_copy) args.push_back(a.data());
  args.push_back(nullptr);

  Fds fds;
  if (::pipe2(fds.fd, O_CLOEXEC) != 0 || ::pipe2(fds.fd + 2, O_CLOEXEC) != 0)
    return Status::Unavailable(std::string("cannot create a pipe: ") + std::strerror(errno),
                               std::string("无法创建管道：") + std::strerror(errno));
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, fds.fd[1], 1);
  posix_spawn_file_actions_adddup2(&actions, fds.fd[3], 2);
  pid_t pid = 0;
  const bool search = argv.front().find('/') == std::string::npos;
  int rc = search ? ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), envp.data())
                  : ::posix_spawn(&pid, args[0], &actions, nullptr, args.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0)
    return Status::Unavailable("cannot run " + argv.front() + ": " + std::strerror(rc) +
                                   " (is postgresql-client installed? SHANHAI_PG_BIN may name its directory)",
                               "无法运行 " + argv.front() + "：" + std::strerror(rc) +
                                   "（是否已安装 postgresql-client？可用 SHANHAI_PG_BIN 指定其目录）");
  fds.Close(1);
  fds.Close(3);

  ChildOutput result;
  pollfd polls[2] = {{fds.fd[0], POLLIN, 0}, {fds.fd[2], POLLIN, 0}};
  std::string* sinks[2] = {&result.out, &result.err};
  int open_pipes = 2;
  char buf[16384];
  while (open_pipes > 0) {
    if (::poll(polls, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (polls[i].fd < 0 || polls[i].revents == 0) continue;
      ssize_t n = ::read(polls[i].fd, buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        polls[i].fd = -1;  // poll ignores negative descriptors
        --open_pipes;
        continue;
      }
      sinks[i]->append(buf, static_cast<size_t>(n));
      if (i == 1 && result.err.size() > 2 * kMaxErr) result.err.erase(0, result.err.size() - kMaxErr);
    }
  }
  // Should poll have failed, the child must not block on a full pipe meanwhile.
  fds.Close(0);
  fds.Close(2);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  if (result.err.size() > kMaxErr) result.err.erase(0, result.err.size() - kMaxErr);
  while (!result.err.empty() && (result.err.back() == '\n' || result.err.back() == ' ')) result.err.pop_back();
  return result;
}

}  // namespace shanhai::store::internal
