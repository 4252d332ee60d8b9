package com.interviewbank.search;

import com.interviewbank.support.SeedBankTest;

/** {@link SeedRelevanceCases} on Lucene, the default backend: the seed guide alone. */
@SeedBankTest
class SearchRelevanceTests extends SeedRelevanceCases {

}
