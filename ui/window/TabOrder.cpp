// SPDX-License-Identifier: GPL-3.0-or-later
#include "TabOrder.h"

#include <QWidget>

namespace CodeGuru {

void chainTabOrder(const QList<QWidget *> &areas)
{
    if (areas.isEmpty() || !areas.constFirst())
        return;
    QWidget *window = areas.constFirst()->window();
    QList<QWidget *> chain;
    for (QWidget *area : areas) {
        // Widgets with a focus proxy hand Tab on to it; the proxies are the stops.
        for (QWidget *widget = window->nextInFocusChain(); widget != window;
             widget = widget->nextInFocusChain()) {
            if ((widget == area || area->isAncestorOf(widget)) && (widget->focusPolicy() & Qt::TabFocus)
                && !widget->focusProxy() && !chain.contains(widget))
                chain.append(widget);
        }
    }
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

} // namespace CodeGuru
