// ingest/file_content.h (internal to ingest/)
//
// Reading a whole input file into memory: the readers work on the complete content,
// which is also what an HTTP upload hands over.

#ifndef SHANHAI_INGEST_FILE_CONTENT_H_
#define SHANHAI_INGEST_FILE_CONTENT_H_

#include <string>

#include "base/result.h"

namespace shanhai::ingest::internal {

// The bytes of the file at `path`. Errors: kNotFound when it cannot be opened (missing,
// a directory, no permission); kUnavailable when reading fails midway.
Result<std::string> ReadFileContent(const std::string& path);

}  // namespace shanhai::ingest::internal

#endif  // SHANHAI_INGEST_FILE_CONTENT_H_
