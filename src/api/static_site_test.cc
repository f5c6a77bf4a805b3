#include "api/static_site.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "api/router.h"

namespace shanhai::api {
namespace {

namespace fs = std::filesystem;

class StaticSiteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("shanhai-static-" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "dist" / "assets");
    Write(dir_ / "dist" / "index.html", "<!doctype html><title>山海</title>");
    Write(dir_ / "dist" / "assets" / "index-3f9a1c.js", "console.log(1)");
    Write(dir_ / "secret.txt", "outside the root");
  }
  void TearDown() override { fs::remove_all(dir_); }
  static void Write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }
  http::Response Get(const std::string& path, const std::string& accept_encoding = "") {
    http::Request rq;
    rq.method = "GET";
    rq.path = path;
    if (!accept_encoding.empty()) rq.headers["accept-encoding"] = accept_encoding;
    return StaticSite(dir_ / "dist").Serve(rq);
  }
  fs::path dir_;
};

TEST_F(StaticSiteTest, ServesIndexWithoutCaching) {
  http::Response r = Get("/");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("山海"), std::string::npos);
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(r.headers["Cache-Control"], "no-cache");
}

TEST_F(StaticSiteTest, HashedAssetsAreImmutable) {
  http::Response r = Get("/assets/index-3f9a1c.js");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "console.log(1)");
  EXPECT_EQ(r.content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(r.headers["Cache-Control"], "public, max-age=31536000, immutable");
}

TEST_F(StaticSiteTest, PrecompressedSiblingGoesToClientsThatTakeGzip) {
  Write(dir_ / "dist" / "assets" / "index-3f9a1c.js.gz", "GZIPPED");
  http::Response gz = Get("/assets/index-3f9a1c.js", "gzip, deflate, br");
  EXPECT_EQ(gz.status, 200);
  EXPECT_EQ(gz.body, "GZIPPED");
  EXPECT_EQ(gz.headers["Content-Encoding"], "gzip");
  EXPECT_EQ(gz.content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(gz.headers["Vary"], "Accept-Encoding");
  EXPECT_EQ(gz.headers["Cache-Control"], "public, max-age=31536000, immutable");

  for (const char* refuses : {"", "identity", "gzip;q=0", "br, gzip; q=0.0"}) {
    http::Response plain = Get("/assets/index-3f9a1c.js", refuses);
    EXPECT_EQ(plain.body, "console.log(1)") << refuses;
    EXPECT_EQ(plain.headers.count("Content-Encoding"), 0u) << refuses;
    EXPECT_EQ(plain.headers["Vary"], "Accept-Encoding") << refuses;
  }
  // Without a sibling, nothing changes.
  EXPECT_EQ(Get("/index.html", "gzip").headers.count("Content-Encoding"), 0u);
}

TEST(AcceptsGzipTest, ReadsTheHeaderAsRfc9110Says) {
  EXPECT_TRUE(AcceptsGzip("gzip"));
  EXPECT_TRUE(AcceptsGzip("deflate, gzip;q=0.8"));
  EXPECT_TRUE(AcceptsGzip("*"));
  EXPECT_FALSE(AcceptsGzip(""));
  EXPECT_FALSE(AcceptsGzip("br"));
  EXPECT_FALSE(AcceptsGzip("gzip;q=0"));
  EXPECT_FALSE(AcceptsGzip("x-gzip2"));
}

TEST_F(StaticSiteTest, HistoryRoutesGetTheAppButMissingFilesDoNot) {
  http::Response route = Get("/pairings/3");
  EXPECT_EQ(route.status, 200);
  EXPECT_NE(route.body.find("<!doctype html>"), std::string::npos);
  EXPECT_EQ(Get("/favicon.ico").status, 404);
  EXPECT_EQ(Get("/assets/missing-123.js").status, 404);
}

TEST_F(StaticSiteTest, NeverLeavesTheRoot) {
  for (const char* path : {"/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt", "/../../../../etc/passwd"}) {
    http::Response r = Get(path);
    EXPECT_EQ(r.body.find("outside the root"), std::string::npos) << path;
    EXPECT_EQ(r.body.find("root:"), std::string::npos) << path;
  }
  fs::create_symlink(dir_ / "secret.txt", dir_ / "dist" / "link.txt");
  EXPECT_EQ(Get("/link.txt").status, 404) << "a link out of the root is not followed";
}

TEST_F(StaticSiteTest, ApiPathsAndMissingRootAre404) {
  EXPECT_EQ(Get("/api/v1/nothing").status, 404);
  http::Request rq;
  rq.method = "GET";
  rq.path = "/";
  EXPECT_EQ(StaticSite(dir_ / "no-such-dir").Serve(rq).status, 404);
}

TEST(RouterFallbackTest, UnroutedGetsReachTheFallbackOnly) {
  Router router;
  router.Add("GET", "/api/v1/health", [](const http::Request&, const PathParams&) { return http::Response::Json(200, "{}"); });
  router.SetFallback([](const http::Request&, const PathParams&) { return http::Response::Json(299, "{}"); });
  http::Request rq;
  rq.method = "GET";
  rq.path = "/pairings";
  EXPECT_EQ(router.Handle(rq).status, 299);
  rq.path = "/api/v1/health";
  EXPECT_EQ(router.Handle(rq).status, 200);
  rq.method = "POST";
  rq.path = "/pairings";
  EXPECT_EQ(router.Handle(rq).status, 404) << "only GET/HEAD fall back";
}

}  // namespace
}  // namespace shanhai::api
