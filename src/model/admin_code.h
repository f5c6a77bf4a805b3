// model/admin_code.h
//
// Rules of GB/T 2260 administrative division codes as shanhai uses them: 6 digits for
// province (XX0000), city (XXXX00) and county; 9 digits for a township; 12 for a
// village. The first 6 digits of any code are its county (or the city/province for
// codes above county level), which is what the ledger shards and rolls up by.

#ifndef SHANHAI_MODEL_ADMIN_CODE_H_
#define SHANHAI_MODEL_ADMIN_CODE_H_

#include <string>
#include <string_view>

namespace shanhai::model {

// True for 6, 9 or 12 ASCII digits whose first two are a real province prefix
// (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82).
bool IsWellFormedUnitCode(std::string_view code);

// The level a well-formed code denotes by its shape: "province", "city", "county",
// "township" or "village" (the codes of the admin_units.level enum).
std::string_view LevelOfCode(std::string_view code);

// The part of the code that every unit below it starts with: "64" for 640000, "6404"
// for 640400, "640424" for 640424, the whole code for townships and villages.
std::string_view SignificantPrefix(std::string_view code);

// The first 6 digits: the county (or higher unit) a code belongs to.
std::string CountyPart(std::string_view code);

// True if `ancestor` is `code` itself or a unit above it.
bool IsWithin(std::string_view code, std::string_view ancestor);

}  // namespace shanhai::model

#endif  // SHANHAI_MODEL_ADMIN_CODE_H_
