package com.interviewbank.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relevance on the seed guide: what a reader types, and the question that must come back, on
 * whichever backend the context of the test class that extends it has ({@link SearchRelevanceTests}
 * on Lucene, {@link OpenSearchTests} on OpenSearch). Each search keeps to the seed guide, so the
 * other guides of a bank cannot take its first places.
 *
 * <p>
 * Rules: {@code first} — the first result is one of the expected questions (several are
 * separated by spaces when any of them is a right answer); {@code top3} — every expected
 * question is among the first three results. A failure names the first three results found.
 */
abstract class SeedRelevanceCases {

	static final String SEED = "python-senior-lead-questions";

	@Autowired
	private SearchService search;

	@ParameterizedTest(name = "[{index}] {0} -> {1} ({2})")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			# query                                       | expected question slug(s)                                                   | rule
			#
			# Words of titles
			frozenset                                     | frozenset                                                                   | first
			weak references                               | weak-references                                                             | first
			name mangling                                 | name-mangling                                                               | first
			mixins                                        | mixins                                                                      | first
			diamond problem                               | diamond-problem                                                             | first
			semantic versioning                           | semantic-versioning                                                         | first
			blue green deployment                         | blue-green-deployment                                                       | first
			hash tables                                   | hash-tables                                                                 | first
			yield                                         | yield                                                                       | first
			docker vs VMs                                 | difference-between-docker-and-vms                                           | first
			#
			# Concepts found only in answers
			reference counting                            | 3-generations-of-gc                                                         | first
			timsort                                       | what-algorithm-is-used-in-python-built-in-sort-function                     | first
			hash collisions                               | how-does-dict-work-and-explain-the-data-structure                           | first
			open addressing                               | how-does-dict-work-and-explain-the-data-structure                           | first
			liskov substitution                           | solid                                                                       | first
			event loop                                    | multiprocessing-vs-multithreading-vs-asyncio                                | first
			stored procedures                             | explain-functions-in-postgresql                                             | first
			phantom read                                  | what-are-the-three-phenomena-that-must-be-prevented-between-concurrent-transactions-in-postgresql | first
			database triggers                             | what-do-we-call-database-callback-functions-what-is-its-purpose             | first
			singleton                                     | creational-design-patterns                                                  | first
			cProfile                                      | types-of-profilers-static-and-dynamic-profilers                             | first
			atomicity                                     | what-are-the-different-properties-of-a-transaction-in-postgresql            | first
			copy-on-write                                 | if-you-created-5-forks-of-the-same-10-mb-memory-process-how-much-memory-would-it-require | first
			#
			# Code symbols
			__slots__                                     | __slots__                                                                   | first
			__getattribute__                              | __getattribute__                                                            | first
			functools.partial                             | partial                                                                     | first
			@property                                     | propertygetter-setter-deleter                                               | first
			setup.py                                      | distutils-setuppy                                                           | first
			gc.collect                                    | 3-generations-of-gc                                                         | first
			__call__                                      | __call__                                                                    | first
			sys.getrefcount                               | 3-generations-of-gc                                                         | first
			__init__                                      | init--repr-str-cmp--new--del--hash-nonzero-unicode-class-operators          | first
			__iter__                                      | iteration-protocol                                                          | first
			@wraps                                        | wraps                                                                       | first
			@abstractmethod                               | abstract-base-class                                                         | first
			@contextmanager                               | context-managers-contextlib-decorator-with-enabled-class                    | first
			pyproject.toml                                | distutils-setuppy                                                           | first
			Py_BEGIN_ALLOW_THREADS                        | how-to-avoid-gil-restrictions-c-extensions                                  | first
			MAJOR.MINOR.PATCH                             | semantic-versioning                                                         | first
			functools.wraps                               | wraps                                                                       | top3
			weakref.ref                                   | weak-references                                                             | top3
			#
			# Acronyms and synonyms
			GIL                                           | gil-definition-algorithms-in-2x-and-3x                                      | first
			global interpreter lock                       | gil-definition-algorithms-in-2x-and-3x                                      | first
			MVCC                                          | what-is-multi-version-concurrency-control-in-postgresql                     | first
			multiversion concurrency control              | what-is-multi-version-concurrency-control-in-postgresql                     | first
			write ahead logging                           | the-write-ahead-logging explain-write-ahead-logging                         | top3
			WAL                                           | the-write-ahead-logging explain-write-ahead-logging                         | top3
			ORM                                           | orm---activerecord                                                          | first
			object relational mapping                     | orm---activerecord                                                          | first
			GC                                            | 3-generations-of-gc recommendations-for-gc-usage                            | first
			garbage collection                            | 3-generations-of-gc                                                         | first
			CI/CD                                         | continuous-integration continuous-delivery--deployment                      | top3
			continuous integration                        | continuous-integration                                                      | first
			TDD                                           | tdd-and-bdd-approaches-implements-tdd-and-bdd-from-scratch                  | first
			test driven development                       | tdd-and-bdd-approaches-implements-tdd-and-bdd-from-scratch                  | first
			BDD                                           | tdd-and-bdd-approaches-implements-tdd-and-bdd-from-scratch                  | first
			SOLID                                         | solid                                                                       | first
			single responsibility principle               | solid                                                                       | first
			ACID                                          | what-are-the-different-properties-of-a-transaction-in-postgresql            | first
			CAP                                           | cap the-cap-theorem                                                         | top3
			MRO                                           | mro-super                                                                   | first
			method resolution order                       | mro-super                                                                   | first
			e2e                                           | test-types-performance-penetration-functional-smoke-е2е                     | first
			IaC                                           | infrastructure-as-a-code-concept---ansible--ansible-tower                   | first
			XP                                            | extreme-programming                                                         | first
			virtual machine                               | difference-between-docker-and-vms                                           | first
			#
			# Typos
			decoratr                                      | decorator                                                                   | top3
			genertors                                     | generators                                                                  | first
			metaclas                                      | metaclass-definition                                                        | first
			corutine                                      | coroutines                                                                  | first
			mutabel                                       | mutable-and-immutable-objects                                               | first
			frozenst                                      | frozenset                                                                   | first
			inheritence                                   | multiple-inheritance                                                        | first
			garbge colection                              | 3-generations-of-gc                                                         | first
			slotz                                         | __slots__                                                                   | first
			#
			# Prefixes
			genera                                        | generators                                                                  | top3
			corout                                        | coroutines                                                                  | first
			deco                                          | decorator                                                                   | top3
			metac                                         | metaclass-definition                                                        | first
			polymorph                                     | the-four-basics-of-object-oriented-programming                              | first
			#
			# Questions as people ask them
			how does garbage collection work              | 3-generations-of-gc                                                         | first
			difference between list and tuple             | mutable-and-immutable-objects                                               | top3
			how to avoid the GIL                          | how-to-avoid-gil-restrictions-c-extensions                                  | first
			what is a closure                             | scopes-and-nested-functions-closures                                        | first
			how are default arguments evaluated           | when-and-how-many-times-are-default-arguments-evaluated                     | first
			what is the CAP theorem                       | the-cap-theorem                                                             | first
			difference between deep and shallow copy      | deepcopy-method-copy-slicing-etc                                            | first
			when to use multiprocessing instead of threads | multiprocessing-vs-multithreading-vs-asyncio                               | top3
			how do I call C from python                   | c-ext-apicall-c-from-python-call-python-from-c                              | first
			what is a metaclass                           | metaclass-definition                                                        | first
			how to measure test coverage                  | test-coverage-understand-how-to-treat-this-metric coverage                  | first
			python memory management                      | 3-generations-of-gc                                                         | top3
			#
			# Quoted phrases
			"reference counting"                          | 3-generations-of-gc                                                         | first
			"write-ahead logging"                         | the-write-ahead-logging explain-write-ahead-logging                         | top3
			"diamond problem"                             | diamond-problem                                                             | first
			"dirty read"                                  | what-are-the-three-phenomena-that-must-be-prevented-between-concurrent-transactions-in-postgresql | first
			"open addressing"                             | how-does-dict-work-and-explain-the-data-structure                           | first
			"copy-on-write"                               | if-you-created-5-forks-of-the-same-10-mb-memory-process-how-much-memory-would-it-require | first
			"garbage collector" python                    | 3-generations-of-gc                                                         | first
			""")
	void shouldRankTheRightQuestion(String query, String expected, String rule) {
		RankedFirst.check(this.search, SEED, query, expected, rule);
	}

	/** On either backend, a misspelled search marks the words it meant as well as those typed. */
	@Test
	void shouldMarkTheWordsAMisspelledSearchMeant() {
		SearchResults results = this.search.search("garbage colection", SEED, null, 0, 10);
		assertThat(results.showingResultsFor()).isEqualTo("garbage collection");
		assertThat(results.results())
			.anySatisfy(hit -> assertThat(hit.snippet()).contains("<mark>collection</mark>"))
			.allSatisfy(hit -> assertThat(hit.url()).endsWith("?hl=garbage+colection+collection"));
		assertThat(this.search.search("garbage collection", SEED, null, 0, 10).results())
			.allSatisfy(hit -> assertThat(hit.url()).endsWith("?hl=garbage+collection"));
	}

}
