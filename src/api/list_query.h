// api/list_query.h
//
// Reading a record list request's URL: the record type named in the path and the query
// parameters of docs/api.md (pairing, unit, year, status, q, sort, page, page_size, and
// field=value filters), shared by the list and export routes so that a filter means the
// same in both.
//
// Thread-safety: stateless functions.

#ifndef SHANHAI_API_LIST_QUERY_H_
#define SHANHAI_API_LIST_QUERY_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "api/router.h"
#include "base/result.h"
#include "http/request.h"
#include "model/record_type.h"
#include "store/store.h"

namespace shanhai::api {

// The largest page_size a list request may ask for.
inline constexpr int64_t kMaxPageSize = 500;

// The record type named by the path parameter "type". Errors: kNotFound for an unknown
// name. The pointer refers to the static registry.
Result<const model::RecordType*> TypeOf(const PathParams& params);

// The error for a query parameter a route does not know (kInvalidArgument with a field
// error on `key`): a typo must not be silently ignored.
Status UnknownQueryParameter(const std::string& key);

// `text` as an integer in [min, max]. Errors: kInvalidArgument naming `name`, with a
// field error on it.
Result<int64_t> ParseInt(std::string_view text, std::string_view name, int64_t min, int64_t max);

// The list query of `request` for `type`: filters, sort and paging (page 1 and 50 rows
// unless given; `page` and `page_size` receive them). Parameters listed in `ignore` are
// left for the caller (e.g. "format" of the export). Errors: kInvalidArgument for an
// unknown parameter or a value that does not parse, naming the parameter.
Result<store::ListQuery> ParseListQuery(const model::RecordType& type, const http::Request& request,
                                        int64_t& page, int64_t& page_size,
                                        std::initializer_list<std::string_view> ignore = {});

}  // namespace shanhai::api

#endif  // SHANHAI_API_LIST_QUERY_H_
