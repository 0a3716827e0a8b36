// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

namespace CodeGuru {

/// Heights of the rows of a long list and where each row starts, kept in a Fenwick tree so
/// that changing one height, finding a row's top and finding the row at a given y are all
/// O(log n): a streaming answer changes the last height many times a second, and a
/// 2,000-message conversation must not be summed up again each time.
class RowOffsets
{
public:
    int count() const { return int(m_heights.size()); }
    int height(int row) const { return m_heights[std::size_t(row)]; }
    /// The sum of all heights.
    long long total() const { return top(count()); }
    /// The sum of the heights before `row` (row may equal count()).
    long long top(int row) const;
    /// The row containing y, clamped to [0, count() - 1]; -1 when there are no rows.
    int rowAt(long long y) const;

    void append(int height);
    void setHeight(int row, int height);
    void remove(int row);
    void clear();
    /// Replaces all heights at once, in O(n).
    void assign(std::vector<int> heights);

private:
    std::vector<int> m_heights;
    std::vector<long long> m_tree; // 1-based Fenwick tree over m_heights
};

} // namespace CodeGuru
