// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassifierTableModel.h"

#include <QGuiApplication>
#include <QPalette>

namespace CodeGuru {

ClassifierTableModel::ClassifierTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ClassifierTableModel::setClassifiers(const QList<ClassifierSpec> &classifiers)
{
    beginResetModel();
    m_classifiers = classifiers;
    endResetModel();
}

void ClassifierTableModel::setQuestion(int row, const QString &question)
{
    if (row < 0 || row >= m_classifiers.size() || m_classifiers.at(row).question == question)
        return;
    m_classifiers[row].question = question;
    const QModelIndex cell = index(row, QuestionColumn);
    Q_EMIT dataChanged(cell, cell);
    Q_EMIT edited();
}

int ClassifierTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_classifiers.size());
}

int ClassifierTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClassifierTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_classifiers.size())
        return QVariant();
    const ClassifierSpec &spec = m_classifiers.at(index.row());
    switch (index.column()) {
    case EnabledColumn:
        if (role == Qt::CheckStateRole)
            return spec.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return spec.enabled ? tr("Asked before every question") : tr("Not asked");
        break;
    case IdColumn:
        if (role == Qt::DisplayRole)
            return spec.id;
        break;
    case ContextColumn:
        if (role == Qt::DisplayRole)
            return spec.context;
        break;
    case DefaultColumn:
        if (role == Qt::CheckStateRole)
            return spec.defaultDecision ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return spec.defaultDecision ? tr("Yes") : tr("No");
        if (role == Qt::ToolTipRole)
            return tr("The decision when the classifier does not answer before the deadline");
        break;
    case QuestionColumn:
        if (role == Qt::DisplayRole)
            return spec.question.section(QLatin1Char('\n'), 0, 0);
        if (role == Qt::ToolTipRole)
            return spec.question;
        if (role == Qt::EditRole)
            return spec.question;
        break;
    default:
        break;
    }
    if (role == Qt::ForegroundRole && !spec.enabled && index.column() != EnabledColumn)
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    return QVariant();
}

bool ClassifierTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_classifiers.size() || role != Qt::CheckStateRole)
        return false;
    ClassifierSpec &spec = m_classifiers[index.row()];
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (index.column() == EnabledColumn)
        spec.enabled = checked;
    else if (index.column() == DefaultColumn)
        spec.defaultDecision = checked;
    else
        return false;
    // A disabled row is drawn dimmed, so every cell of it changes.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags ClassifierTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == EnabledColumn || index.column() == DefaultColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ClassifierTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EnabledColumn:
        return tr("On");
    case IdColumn:
        return tr("Id");
    case ContextColumn:
        return tr("Attaches");
    case DefaultColumn:
        return tr("Default");
    case QuestionColumn:
        return tr("Question");
    default:
        return QVariant();
    }
}

} // namespace CodeGuru
