package com.interviewbank.search;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SearchLogRepository extends JpaRepository<SearchLogEntry, Long> {

	@Query("""
			select new com.interviewbank.search.QueryCount(e.query, count(e), sum(case when e.resultCount = 0 then 1 else 0 end))
			from SearchLogEntry e where e.searchedAt >= :since
			group by e.query order by count(e) desc, e.query""")
	List<QueryCount> countsSince(Instant since);

}
