#include "parser/checksum.h"

#include <openssl/evp.h>

#include <memory>

#include "parser/migration.h"

namespace tidemark::parser {

std::string Sha256Hex(std::string_view data) {
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr);
  EVP_DigestUpdate(ctx.get(), data.data(), data.size());
  EVP_DigestFinal_ex(ctx.get(), digest, &length);
  static const char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(static_cast<size_t>(length) * 2);
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0xF];
  }
  return hex;
}

std::string UpChecksum(const std::vector<Statement>& statements) {
  std::string canonical;
  for (const Statement& s : statements) {
    canonical += s.normalized;
    canonical += ";\n";
  }
  return Sha256Hex(canonical);
}

}  // namespace tidemark::parser
