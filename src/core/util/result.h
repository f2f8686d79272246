#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace PaperShelf::Core {

/// The failure half of a Result: a one-line, user-presentable message plus an
/// optional machine-readable code (meaning is defined by the function returning it).
struct Error
{
    QString message;
    int code = 0;
};

/// An expected-style return value: either a T or an Error. Core and net code
/// return these instead of throwing; callers decide how to present the message.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }

    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }

    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }

    T &value() & { return std::get<0>(m_data); }

    T &&value() && { return std::get<0>(std::move(m_data)); }

    const T &operator*() const & { return value(); }

    T &operator*() & { return value(); }

    const T *operator->() const { return &value(); }

    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that produces no value.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;

    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }

    explicit operator bool() const { return ok(); }

    const Error &error() const { return *m_error; }

    QString errorMessage() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

} // namespace PaperShelf::Core
