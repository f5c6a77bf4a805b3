#include "api/static_site.h"

#include <fstream>
#include <iterator>
#include <map>
#include <system_error>

#include "api/error.h"

namespace shanhai::api {
namespace fs = std::filesystem;

namespace {

http::Response NotFound(const std::string& path) {
  return ErrorResponse(404, "not_found", "没有这个页面：" + path, "no such page: " + path);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

bool AcceptsGzip(std::string_view accept_encoding) {
  while (!accept_encoding.empty()) {
    size_t comma = accept_encoding.find(',');
    std::string_view item = Trim(accept_encoding.substr(0, comma));
    accept_encoding = comma == std::string_view::npos ? std::string_view() : accept_encoding.substr(comma + 1);
    size_t semi = item.find(';');
    std::string_view coding = Trim(item.substr(0, semi));
    if (coding != "gzip" && coding != "*") continue;
    // "gzip;q=0" (any spelling of zero) refuses it.
    if (semi != std::string_view::npos) {
      std::string_view param = Trim(item.substr(semi + 1));
      if (param.rfind("q=", 0) == 0 && param.substr(2).find_first_not_of("0.") == std::string_view::npos) return false;
    }
    return true;
  }
  return false;
}

namespace {

}  // namespace

std::string ContentTypeFor(const std::string& file_name) {
  static const std::map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"},   {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"}, {".svg", "image/svg+xml"},
      {".png", "image/png"},                    {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},                  {".gif", "image/gif"},
      {".ico", "image/x-icon"},                 {".webp", "image/webp"},
      {".woff", "font/woff"},                   {".woff2", "font/woff2"},
      {".ttf", "font/ttf"},                     {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json; charset=utf-8"}, {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
  };
  std::string ext = fs::path(file_name).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto it = kTypes.find(ext);
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

StaticSite::StaticSite(fs::path root) : root_(std::move(root)) {}

http::Response StaticSite::File(const fs::path& file, bool immutable) const {
  std::ifstream in(file, std::ios::binary);
  if (!in) return NotFound(file.filename().string());
  http::Response r;
  r.status = 200;
  r.body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  r.content_type = ContentTypeFor(file.filename().string());
  // Hashed assets never change under their name; index.html must be revalidated so a
  // new build is picked up at once.
  r.headers["Cache-Control"] = immutable ? "public, max-age=31536000, immutable" : "no-cache";
  r.headers["X-Content-Type-Options"] = "nosniff";
  return r;
}

http::Response StaticSite::Serve(const http::Request& request) const {
  const std::string& path = request.path;
  if (path.rfind("/api/", 0) == 0 || path == "/api") return NotFound(path);
  std::error_code ec;
  const fs::path root = fs::weakly_canonical(root_, ec);
  if (ec || !fs::is_directory(root)) return NotFound(path);
  const fs::path index = root / "index.html";

  fs::path relative = fs::path(path).relative_path();
  fs::path candidate = fs::weakly_canonical(root / relative, ec);
  // Inside the root? Compare component by component, after resolving .. and links.
  bool inside = !ec;
  if (inside) {
    auto r = root.begin(), c = candidate.begin();
    for (; r != root.end(); ++r, ++c)
      if (c == candidate.end() || *r != *c) {
        inside = false;
        break;
      }
  }
  if (inside && fs::is_regular_file(candidate, ec)) {
    bool immutable = path.rfind("/assets/", 0) == 0;
    // A precompressed sibling (web build writes foo.js.gz beside foo.js) is sent to
    // clients that take gzip; the console's JavaScript shrinks to about a third.
    fs::path gz = candidate;
    gz += ".gz";
    if (fs::is_regular_file(gz, ec)) {
      auto accept = request.Header("accept-encoding");
      http::Response r = accept && AcceptsGzip(*accept) ? File(gz, immutable) : File(candidate, immutable);
      if (accept && AcceptsGzip(*accept) && r.status == 200) {
        r.content_type = ContentTypeFor(candidate.filename().string());
        r.headers["Content-Encoding"] = "gzip";
      }
      r.headers["Vary"] = "Accept-Encoding";
      return r;
    }
    return File(candidate, immutable);
  }
  // History-mode routes have no extension; a missing asset (/favicon.ico) is a 404.
  if (!relative.has_extension() && fs::is_regular_file(index, ec)) return File(index, false);
  return NotFound(path);
}

}  // namespace shanhai::api
