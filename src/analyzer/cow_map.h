#pragma once

// A map from names to model objects whose copies share what they have not
// changed. The catalog is copied for every migration (the state before its
// Up, the state its Down must give back), and deep copies of every table's
// parse trees made that quadratic in the number of migrations. Here a copy
// shares the map itself and every entry; a change clones the map's nodes
// (pointers only) the first time after a copy, and the one entry it changes.
//
// Iteration and find() give const access only; a change goes through
// operator[], MutableFind() or Mutable(), which make the entry this map's
// own first. Two maps' entries can be compared by identity (SameEntry):
// what neither changed since one was copied from the other is equal.

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <utility>

namespace tidemark::analyzer {

template <typename V>
class CowMap {
  using Inner = std::map<std::string, std::shared_ptr<V>>;

 public:
  struct Ref {
    const std::string& first;
    const V& second;
  };

  class ConstIterator {
   public:
    ConstIterator() = default;
    explicit ConstIterator(typename Inner::iterator it) : it_(it) {}
    Ref operator*() const { return Ref{it_->first, *it_->second}; }
    struct Arrow {
      Ref ref;
      const Ref* operator->() const { return &ref; }
    };
    Arrow operator->() const { return Arrow{**this}; }
    ConstIterator& operator++() {
      ++it_;
      return *this;
    }
    bool operator==(const ConstIterator& o) const { return it_ == o.it_; }
    bool operator!=(const ConstIterator& o) const { return it_ != o.it_; }

   private:
    friend class CowMap;
    typename Inner::iterator it_;
  };
  using const_iterator = ConstIterator;
  using iterator = ConstIterator;

  CowMap() : map_(std::make_shared<Inner>()) {}

  // Read-only access to a const map leaves everything shared.
  const_iterator begin() const { return const_iterator(map_->begin()); }
  const_iterator end() const { return const_iterator(map_->end()); }
  const_iterator find(const std::string& key) const { return const_iterator(map_->find(key)); }
  // On a non-const map these make the map's nodes its own first (pointers
  // only, once after a copy), so that Mutable() and erase() can take the
  // iterators they return.
  const_iterator begin() { return const_iterator(Own().begin()); }
  const_iterator end() { return const_iterator(Own().end()); }
  const_iterator find(const std::string& key) { return const_iterator(Own().find(key)); }

  size_t count(const std::string& key) const { return map_->count(key); }
  size_t size() const { return map_->size(); }
  bool empty() const { return map_->empty(); }

  // The entry for `key`, made this map's own (created empty when missing).
  V& operator[](const std::string& key) {
    std::shared_ptr<V>& slot = Own()[key];
    if (!slot) slot = std::make_shared<V>();
    return Unshare(&slot);
  }
  // The entry for `key` made this map's own, or nullptr.
  V* MutableFind(const std::string& key) {
    auto it = map_->find(key);
    if (it == map_->end()) return nullptr;
    return &Unshare(&Own().find(key)->second);
  }
  // The entry `it` (from the non-const begin() or find()) points at, made
  // this map's own. `it` stays valid.
  V& Mutable(const_iterator it) { return Unshare(&it.it_->second); }

  // Calls fn(V&) on each entry for which pred(const V&) holds, each made
  // this map's own first; the others stay shared.
  template <typename Pred, typename Fn>
  void UpdateIf(Pred&& pred, Fn&& fn) {
    for (auto it = begin(); it != end(); ++it) {
      if (pred(static_cast<const V&>(*it.it_->second))) fn(Mutable(it));
    }
  }

  // Erases `key`; returns how many entries were erased (0 or 1).
  size_t erase(const std::string& key) {
    if (map_->find(key) == map_->end()) return 0;
    return Own().erase(key);
  }
  // Erases the entry `it` (from the non-const begin() or find()) points at;
  // returns the one after it.
  const_iterator erase(const_iterator it) { return const_iterator(Own().erase(it.it_)); }
  void clear() { map_ = std::make_shared<Inner>(); }

  // `key` holds the very same object in both maps: neither changed it since
  // one was copied from the other.
  bool SameEntry(const CowMap& other, const std::string& key) const {
    auto a = map_->find(key);
    auto b = other.map_->find(key);
    return a != map_->end() && b != other.map_->end() && a->second == b->second;
  }

 private:
  Inner& Own() {
    if (map_.use_count() > 1) map_ = std::make_shared<Inner>(*map_);
    return *map_;
  }
  static V& Unshare(std::shared_ptr<V>* slot) {
    if (slot->use_count() > 1) *slot = std::make_shared<V>(**slot);
    return **slot;
  }

  std::shared_ptr<Inner> map_;
};

}  // namespace tidemark::analyzer
