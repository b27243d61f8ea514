#pragma once

// A TCP proxy inside the test process, to cut connections at a chosen
// moment: it listens on 127.0.0.1 (a free port) and forwards every
// connection to a Unix socket (a test cluster's, which has no TCP port).
// Cut() drops both sides of every open connection, as a network failure
// would, and refuses new ones (accepted, then closed at once) until Heal().
//
//   testing::TcpProxy proxy("/tmp/cluster/.s.PGSQL.5432");
//   url = "postgresql://postgres@127.0.0.1:" + std::to_string(proxy.port()) + "/db";
//   ... proxy.Cut(); ... proxy.Heal();

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <list>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>

namespace tidemark::testing {

class TcpProxy {
 public:
  explicit TcpProxy(std::string unix_socket) : target_(std::move(unix_socket)) {
    listen_fd_ = socket(AF_INET, SOCK_STREAM, 0);
    if (listen_fd_ < 0) throw std::runtime_error("tcp_proxy: socket failed");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        listen(listen_fd_, 16) != 0 ||
        getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
      close(listen_fd_);
      throw std::runtime_error(std::string("tcp_proxy: cannot listen: ") + std::strerror(errno));
    }
    port_ = ntohs(addr.sin_port);
    if (pipe(stop_pipe_) != 0) throw std::runtime_error("tcp_proxy: pipe failed");
    acceptor_ = std::thread([this] { AcceptLoop(); });
  }
  ~TcpProxy() {
    stopping_ = true;
    (void)!write(stop_pipe_[1], "x", 1);
    acceptor_.join();
    Cut();
    std::lock_guard<std::mutex> lock(mutex_);
    for (Link& link : links_) link.pump.join();
    close(listen_fd_);
    close(stop_pipe_[0]);
    close(stop_pipe_[1]);
  }
  TcpProxy(const TcpProxy&) = delete;
  TcpProxy& operator=(const TcpProxy&) = delete;

  int port() const { return port_; }

  // Drops both sides of every open connection (the peers see them end
  // mid-conversation) and refuses new connections until Heal().
  void Cut() {
    down_ = true;
    std::lock_guard<std::mutex> lock(mutex_);
    for (Link& link : links_) {
      if (link.open) {
        ++cut_;
        shutdown(link.client, SHUT_RDWR);
        shutdown(link.server, SHUT_RDWR);
      }
    }
  }
  void Heal() { down_ = false; }

  int accepted() const { return accepted_; }  // connections forwarded so far
  int cut() const { return cut_; }            // of those, open when Cut() ran

 private:
  struct Link {
    int client = -1;
    int server = -1;
    bool open = true;
    std::thread pump;
  };

  int ConnectTarget() const {
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0) return -1;
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::strncpy(addr.sun_path, target_.c_str(), sizeof addr.sun_path - 1);
    if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      close(fd);
      return -1;
    }
    return fd;
  }

  void AcceptLoop() {
    while (!stopping_) {
      pollfd fds[2] = {{listen_fd_, POLLIN, 0}, {stop_pipe_[0], POLLIN, 0}};
      if (poll(fds, 2, -1) < 0) {
        if (errno == EINTR) continue;
        return;
      }
      if ((fds[1].revents & POLLIN) != 0) return;
      if ((fds[0].revents & POLLIN) == 0) continue;
      int client = accept(listen_fd_, nullptr, nullptr);
      if (client < 0) continue;
      int server = down_ ? -1 : ConnectTarget();
      if (server < 0) {
        close(client);  // down (or the target is gone): the connection fails at once
        continue;
      }
      ++accepted_;
      std::lock_guard<std::mutex> lock(mutex_);
      links_.emplace_back();
      Link* link = &links_.back();
      link->client = client;
      link->server = server;
      link->pump = std::thread([this, link] { Pump(link); });
    }
  }

  // Copies bytes both ways until either side ends (or Cut() shuts both).
  void Pump(Link* link) {
    char buffer[16384];
    bool running = true;
    while (running) {
      pollfd fds[2] = {{link->client, POLLIN, 0}, {link->server, POLLIN, 0}};
      if (poll(fds, 2, -1) < 0) {
        if (errno == EINTR) continue;
        break;
      }
      for (int i = 0; i < 2 && running; ++i) {
        if ((fds[i].revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
        ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
        if (n <= 0 || down_) {
          running = false;
          break;
        }
        int to = fds[1 - i].fd;
        for (ssize_t sent = 0; sent < n && running;) {
          ssize_t w = send(to, buffer + sent, static_cast<size_t>(n - sent), MSG_NOSIGNAL);
          if (w <= 0) running = false;
          sent += w;
        }
      }
    }
    std::lock_guard<std::mutex> lock(mutex_);
    shutdown(link->client, SHUT_RDWR);
    shutdown(link->server, SHUT_RDWR);
    close(link->client);
    close(link->server);
    link->open = false;
  }

  std::string target_;
  int listen_fd_ = -1;
  int port_ = 0;
  int stop_pipe_[2] = {-1, -1};
  std::atomic<bool> stopping_{false};
  std::atomic<bool> down_{false};
  std::atomic<int> accepted_{0};
  std::atomic<int> cut_{0};
  std::mutex mutex_;
  std::list<Link> links_;
  std::thread acceptor_;
};

}  // namespace tidemark::testing
