// Result<T>: a value or an Error, so the library reports failures as values.
// Only the CLI turns an Error into a message on stderr and an exit status.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace docket {

struct Error {
  std::string message;  // one line, no trailing newline, e.g. "not UTF-8 text (invalid byte 0xff at
                        // offset 12)"
};

template <typename T>
class Result {
 public:
  // cppcheck-suppress noExplicitConstructor
  Result(T value) : v_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  // cppcheck-suppress noExplicitConstructor
  Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  [[nodiscard]] bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  [[nodiscard]] const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace docket
