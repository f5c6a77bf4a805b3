// api/file_routes.h
//
// Files in and out of the ledger over HTTP, for every record type:
//   POST /api/v1/{type}/import[?format=csv|xlsx|json]
//       The body is the file's bytes (no multipart). All or nothing, exactly as
//       `shanhai import` (ingest/importer.h): 200 {"rows_read","rows_written",
//       "elapsed_ms"}; a file with any bad row is a 400 whose field errors carry the
//       row (line), the field and the reason in zh/en, and nothing is written.
//   GET /api/v1/{type}/export?format=xlsx|csv|json&<list filters>
//       Every row matching the list filters (api/list_query.h; paging ignored) as an
//       attachment, in the formats of export/exporter.h, so an export re-imports.
// The export is built in memory before it is sent: its size is bounded by the rows of
// one type, and the server has no streaming responses yet.
//
// Thread-safety: the handlers hold no state; the Ledger serialises writes.

#ifndef SHANHAI_API_FILE_ROUTES_H_
#define SHANHAI_API_FILE_ROUTES_H_

#include "api/router.h"
#include "ledger/ledger.h"

namespace shanhai::api {

// Adds the import and export routes to `router`. `ledger` must outlive it. Add them
// before the record routes' /{type}/{id}, though literal segments win either way.
void AddFileRoutes(Router& router, ledger::Ledger& ledger);

}  // namespace shanhai::api

#endif  // SHANHAI_API_FILE_ROUTES_H_
