// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesspolicy.h"

#include "persistence/listquery.h"

#include <functional>
#include <vector>

namespace Kontor {

/**
 * A big list as the core hands it out to a reader: counted and read a page at a time (see
 * ListQuery), with the reader's permission checked on every read. The services make them for
 * the lists they keep (OrderService::orders(actor), ...); a refused read returns the access
 * policy's error, so a table shows the refusal instead of the rows.
 */
template<class Row>
class ListSource
{
public:
    using Count = std::function<Result<qint64>(const ListFilter &filter)>;
    using Page = std::function<Result<std::vector<Row>>(const ListFilter &filter,
                                                        const ListSort &sort, qint64 offset,
                                                        int limit)>;

    ListSource(Count count, Page page) : m_count(std::move(count)), m_page(std::move(page)) { }

    /// A repository's count and page methods, read only while actor has permission.
    template<class Repository>
    static ListSource guarded(const Actor &actor, Permission permission, Repository &repository,
                              Result<qint64> (Repository::*count)(const ListFilter &),
                              Result<std::vector<Row>> (Repository::*page)(
                                      const ListFilter &, const ListSort &, qint64, int))
    {
        return {[actor, permission, &repository, count](const ListFilter &filter) {
                    return AccessPolicy::readIf(actor, permission,
                                                [&] { return (repository.*count)(filter); });
                },
                [actor, permission, &repository, page](const ListFilter &filter,
                                                       const ListSort &sort, qint64 offset,
                                                       int limit) {
                    return AccessPolicy::readIf(actor, permission, [&] {
                        return (repository.*page)(filter, sort, offset, limit);
                    });
                }};
    }

    Result<qint64> count(const ListFilter &filter) const { return m_count(filter); }
    /// Rows [offset, offset + limit) under filter and sort.
    Result<std::vector<Row>> page(const ListFilter &filter, const ListSort &sort, qint64 offset,
                                  int limit) const
    {
        return m_page(filter, sort, offset, limit);
    }

private:
    Count m_count;
    Page m_page;
};

} // namespace Kontor
