// Passwords, tokens, roles and the data-scope test, without a database.

#include <gtest/gtest.h>

#include "auth/password.h"
#include "auth/principal.h"
#include "auth/role.h"
#include "auth/token.h"
#include "model/record_type.h"

namespace shanhai::auth {
namespace {

TEST(Password, HashVerifiesOnlyTheSamePassword) {
  auto h = HashPassword("correct horse 42");
  ASSERT_TRUE(h.ok());
  EXPECT_EQ(h->rfind("$argon2id$", 0), 0u) << *h;
  EXPECT_TRUE(VerifyPassword(*h, "correct horse 42"));
  EXPECT_FALSE(VerifyPassword(*h, "correct horse 43"));
  EXPECT_FALSE(VerifyPassword("", "correct horse 42"));
  EXPECT_FALSE(VerifyPassword("not a hash", "x"));
  // A fresh salt each time.
  auto h2 = HashPassword("correct horse 42");
  ASSERT_TRUE(h2.ok());
  EXPECT_NE(*h, *h2);
}

TEST(Password, PolicyExplainsInBothLanguages) {
  EXPECT_TRUE(CheckPasswordPolicy("Xiamen2024!", "alice").ok());
  Status s = CheckPasswordPolicy("short1", "alice");
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message_zh().find("10"), std::string::npos);
  EXPECT_FALSE(CheckPasswordPolicy("onlyletterslong", "bob").ok());
  EXPECT_FALSE(CheckPasswordPolicy("alice12345678", "alice12345678").ok());
  EXPECT_FALSE(CheckPasswordPolicy(std::string(129, 'a') + "1", "x").ok());
}

TEST(Token, RandomAndDigested) {
  std::string a = NewToken("shs_"), b = NewToken("shs_");
  EXPECT_EQ(a.rfind("shs_", 0), 0u);
  EXPECT_EQ(a.size(), 4u + 43u);
  EXPECT_NE(a, b);
  EXPECT_EQ(TokenDigest(a), TokenDigest(a));
  EXPECT_NE(TokenDigest(a), TokenDigest(b));
  EXPECT_EQ(TokenDigest(a).size(), 64u);
  EXPECT_EQ(TokenDigest(a).find(a), std::string::npos);
}

TEST(Role, CodesRoundTripAndMatchTheModel) {
  for (const model::Choice& c : model::RoleChoices()) {
    auto r = ParseRole(c.code);
    ASSERT_TRUE(r.has_value()) << c.code;
    EXPECT_EQ(RoleCode(*r), c.code);
  }
  EXPECT_FALSE(ParseRole("root").has_value());
}

TEST(Role, PermissionsFollowTheOffices) {
  EXPECT_TRUE(Allows(Role::kNationalAdmin, Permission::kUnlock));
  EXPECT_FALSE(Allows(Role::kProvincialSupervisor, Permission::kWriteRecords));
  EXPECT_TRUE(Allows(Role::kProvincialSupervisor, Permission::kApprove));
  EXPECT_TRUE(Allows(Role::kWestOffice, Permission::kConfirm));
  EXPECT_FALSE(Allows(Role::kWestOffice, Permission::kApprove));
  EXPECT_FALSE(Allows(Role::kWestOffice, Permission::kUnlock));
  EXPECT_TRUE(Allows(Role::kSectorEditor, Permission::kWriteRecords));
  EXPECT_FALSE(Allows(Role::kSectorEditor, Permission::kConfirm));
  for (Permission p : {Permission::kWriteRecords, Permission::kSubmit, Permission::kManageUsers, Permission::kReadAudit})
    EXPECT_FALSE(Allows(Role::kViewer, p));
  EXPECT_TRUE(Allows(Role::kViewer, Permission::kRead));
}

TEST(Role, SectorsCoverTheirRecordTypes) {
  EXPECT_TRUE(SectorCovers("labour", "employment_records"));
  EXPECT_TRUE(SectorCovers("consumption", "consumption_txns"));
  EXPECT_FALSE(SectorCovers("labour", "consumption_txns"));
  EXPECT_FALSE(SectorCovers("nope", "employment_records"));
  // Every type a sector names exists.
  for (std::string_view sector : {"funds", "talent", "industry", "labour", "consumption", "social"})
    for (const model::RecordType& t : model::AllTypes()) {
      if (SectorCovers(sector, t.name)) {
        EXPECT_NE(model::FindType(t.name), nullptr);
      }
    }
}

model::Record Transfer(std::string west, std::string east, int64_t pairing, std::string by) {
  model::Record r(*model::FindType("fund_transfers"));
  r.Set("west_code", std::move(west));
  r.Set("east_code", std::move(east));
  r.Set("pairing_id", pairing);
  r.Set("recorded_by", std::move(by));
  return r;
}

TEST(Scope, UnitTakesBothSidesByCodePrefix) {
  Principal p;
  p.scope = DataScope::kUnit;
  p.unit_code = "640400";  // 固原市
  EXPECT_TRUE(InScope(p, Transfer("640424", "350206", 9, "x")));
  EXPECT_FALSE(InScope(p, Transfer("620000", "350206", 9, "x")));
  p.unit_code = "350000";  // 福建省: the eastern side
  EXPECT_TRUE(InScope(p, Transfer("640424", "350206", 9, "x")));
  p.unit_code = "640424";
  model::Record unit(*model::FindType("admin_units"));
  unit.Set("code", std::string("640424101"));
  EXPECT_TRUE(InScope(p, unit));
  unit.Set("code", std::string("640425"));
  EXPECT_FALSE(InScope(p, unit));
}

TEST(Scope, PairingOwnAndAll) {
  Principal p;
  p.username = "li";
  p.scope = DataScope::kPairing;
  p.pairings = {3, 4};
  EXPECT_TRUE(InScope(p, Transfer("640424", "350206", 4, "x")));
  EXPECT_FALSE(InScope(p, Transfer("640424", "350206", 5, "x")));
  p.scope = DataScope::kOwn;
  EXPECT_TRUE(InScope(p, Transfer("640424", "350206", 5, "li")));
  EXPECT_FALSE(InScope(p, Transfer("640424", "350206", 4, "wang")));
  p.scope = DataScope::kAll;
  EXPECT_TRUE(InScope(p, Transfer("1", "2", 5, "wang")));
  // System rows are never in a data scope, even "all".
  model::Record user(*model::FindSystemType("users"));
  EXPECT_FALSE(InScope(p, user));
}

}  // namespace
}  // namespace shanhai::auth
