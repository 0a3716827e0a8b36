// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HistoryError.h"

#include <utility>

namespace CodeGuru {

/// A value or a HistoryError (C++20 has no std::expected). `value` is default-constructed
/// when `error` is set.
template<typename T>
struct HistoryResult
{
    T value {};
    HistoryError error;

    bool ok() const { return !error.isError(); }

    static HistoryResult success(T v) { return HistoryResult {std::move(v), {}}; }
    static HistoryResult failure(HistoryError e) { return HistoryResult {T {}, std::move(e)}; }
};

} // namespace CodeGuru
