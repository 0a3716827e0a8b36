// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QWidget;

namespace CodeGuru {

/// Makes Tab go through `areas` one after the other, the controls inside each area in the
/// order they already have; an area inside an earlier one keeps its place there, so a parent
/// last means "and the rest of it". A widget created later, or moved in from another parent,
/// joins its window's Tab chain at the end, wherever it is shown; this puts it back in place.
/// Only widgets that take the focus themselves move: one that hands it to a proxy (a button
/// box, a scroll area's viewport) has to sit with its proxy already.
void chainTabOrder(const QList<QWidget *> &areas);

} // namespace CodeGuru
