// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/ClassifierSpec.h"

#include <QAbstractTableModel>
#include <QList>

namespace CodeGuru {

/// The routing classifiers as a table: enabled and default answer as check boxes, id and
/// context read-only, the question shown by its first line. The question is edited in a
/// text box beside the table (setQuestion), since questions span several lines.
class ClassifierTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassifierTableModel)

public:
    enum Column { EnabledColumn, IdColumn, ContextColumn, DefaultColumn, QuestionColumn, ColumnCount };

    explicit ClassifierTableModel(QObject *parent = nullptr);

    void setClassifiers(const QList<ClassifierSpec> &classifiers);
    const QList<ClassifierSpec> &classifiers() const { return m_classifiers; }
    void setQuestion(int row, const QString &question);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The person changed a classifier (not emitted by setClassifiers).
    void edited();

private:
    QList<ClassifierSpec> m_classifiers;
};

} // namespace CodeGuru
