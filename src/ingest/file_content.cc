#include "ingest/file_content.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

namespace shanhai::ingest::internal {

Result<std::string> ReadFileContent(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    return Status::NotFound("cannot open file " + path, "无法打开文件 " + path);
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open file " + path, "无法打开文件 " + path);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::Unavailable("error reading file " + path, "读取文件出错：" + path);
  return content;
}

}  // namespace shanhai::ingest::internal
