// api/static_site.h
//
// StaticSite: serves the built console (web/dist) at "/": files as they are, with
// long-lived caching for Vite's content-hashed files under /assets/, and index.html for
// every other path without a file extension, so the console's history-mode routes
// (/pairings/3) load the app. Paths under /api/ are never served from here. A file with
// a precompressed sibling "<file>.gz" is sent gzip-encoded to clients that accept it.
//
// Thread-safety: immutable after construction; Serve may run on many threads.

#ifndef SHANHAI_API_STATIC_SITE_H_
#define SHANHAI_API_STATIC_SITE_H_

#include <filesystem>
#include <string>
#include <string_view>

#include "http/request.h"
#include "http/response.h"

namespace shanhai::api {

class StaticSite {
 public:
  // Serves files below `root` (which need not exist yet: a missing root answers 404).
  explicit StaticSite(std::filesystem::path root);

  // The response for a GET/HEAD of `request.path`: the file, index.html (history
  // fallback), or a 404 error envelope. A path that would leave the root (.., symbolic
  // links out of it) is a 404, never a file outside.
  http::Response Serve(const http::Request& request) const;

  const std::filesystem::path& root() const { return root_; }

 private:
  http::Response File(const std::filesystem::path& file, bool immutable) const;

  std::filesystem::path root_;
};

// Whether an Accept-Encoding header value admits gzip ("gzip", "*", not "gzip;q=0").
bool AcceptsGzip(std::string_view accept_encoding);

// The Content-Type for a file name by its extension ("application/octet-stream" when
// unknown).
std::string ContentTypeFor(const std::string& file_name);

}  // namespace shanhai::api

#endif  // SHANHAI_API_STATIC_SITE_H_
