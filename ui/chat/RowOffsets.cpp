// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/RowOffsets.h"

#include <algorithm>
#include <bit>
#include <utility>

namespace CodeGuru {

namespace {

constexpr size_t lowBit(size_t i)
{
    return i & (~i + 1);
}

} // namespace

long long RowOffsets::top(int row) const
{
    long long sum = 0;
    for (size_t i = size_t(std::clamp(row, 0, count())); i > 0; i -= lowBit(i))
        sum += m_tree[i];
    return sum;
}

int RowOffsets::rowAt(long long y) const
{
    if (m_heights.empty())
        return -1;
    if (y < 0)
        return 0;
    // Descend the tree for the largest prefix whose sum stays <= y.
    size_t position = 0;
    for (size_t step = std::bit_floor(m_heights.size()); step > 0; step >>= 1) {
        const size_t next = position + step;
        if (next <= m_heights.size() && m_tree[next] <= y) {
            position = next;
            y -= m_tree[next];
        }
    }
    return std::min(int(position), count() - 1);
}

void RowOffsets::append(int height)
{
    if (m_tree.empty())
        m_tree.push_back(0);
    m_heights.push_back(height);
    const size_t i = m_heights.size();
    // Node i covers rows (i - lowBit(i), i]: the new height plus the sums already known.
    m_tree.push_back(height + top(int(i) - 1) - top(int(i - lowBit(i))));
}

void RowOffsets::setHeight(int row, int height)
{
    const long long delta = height - m_heights[size_t(row)];
    if (delta == 0)
        return;
    m_heights[size_t(row)] = height;
    for (size_t i = size_t(row) + 1; i < m_tree.size(); i += lowBit(i))
        m_tree[i] += delta;
}

void RowOffsets::remove(int row)
{
    std::vector<int> heights = std::move(m_heights);
    heights.erase(heights.begin() + row);
    assign(std::move(heights));
}

void RowOffsets::clear()
{
    m_heights.clear();
    m_tree.clear();
}

void RowOffsets::assign(std::vector<int> heights)
{
    m_heights = std::move(heights);
    m_tree.assign(m_heights.size() + 1, 0);
    for (size_t i = 1; i < m_tree.size(); ++i) {
        m_tree[i] += m_heights[i - 1];
        const size_t parent = i + lowBit(i);
        if (parent < m_tree.size())
            m_tree[parent] += m_tree[i];
    }
}

} // namespace CodeGuru
