#pragma once

// Walking libpg_query's protobuf trees without protobuf's reflection. The
// reflection API builds the descriptors of the whole PostgreSQL grammar on
// its first use (about 30 million instructions, more than the rest of a
// one-file lint), so the product walks trees through plain accessors: the
// code behind these functions is generated at build time from
// pg_query.proto (tools/pg_query_walkgen.cpp). Nothing here touches
// descriptors; type tests use typeid.

#include <google/protobuf/message.h>

#include <type_traits>

#include "pg_query.pb.h"

namespace tidemark::analyzer {

namespace walk_detail {
using ConstFn = void (*)(void* ctx, const google::protobuf::Message& child);
using MutFn = void (*)(void* ctx, google::protobuf::Message* child);
void ForEachChild(const google::protobuf::Message& m, ConstFn fn, void* ctx);
void ForEachMutableChild(google::protobuf::Message* m, MutFn fn, void* ctx);
void ClearOwnLocations(google::protobuf::Message* m);
}  // namespace walk_detail

// Calls fn(const Message&) for each message field of `m` that is set (each
// element of a repeated one), in field number order, as reflection's
// ListFields would. Not recursive.
template <typename Fn>
void ForEachChild(const google::protobuf::Message& m, Fn&& fn) {
  using F = std::remove_reference_t<Fn>;
  walk_detail::ForEachChild(
      m, [](void* ctx, const google::protobuf::Message& c) { (*static_cast<F*>(ctx))(c); },
      const_cast<void*>(static_cast<const void*>(&fn)));
}

// The same, with each child mutable: fn(Message*).
template <typename Fn>
void ForEachMutableChild(google::protobuf::Message* m, Fn&& fn) {
  using F = std::remove_reference_t<Fn>;
  walk_detail::ForEachMutableChild(
      m, [](void* ctx, google::protobuf::Message* c) { (*static_cast<F*>(ctx))(c); },
      const_cast<void*>(static_cast<const void*>(&fn)));
}

// Visits `m` and every message beneath it, parents first.
template <typename Fn>
void VisitTree(const google::protobuf::Message& m, Fn&& fn) {
  fn(m);
  ForEachChild(m, [&fn](const google::protobuf::Message& c) { VisitTree(c, fn); });
}

// `m` is a T (a pg_query message class).
template <typename T>
bool Is(const google::protobuf::Message& m) {
  return typeid(m) == typeid(T);
}

// The message type of a Node's oneof case ("CreateStmt"), "" for none.
const char* NodeTypeName(int node_case);

}  // namespace tidemark::analyzer
