package com.interviewbank.search;

import com.interviewbank.support.SharedBankTest;

/** {@link LanguageRelevanceCases} on Lucene, the default backend, in the shared bank. */
@SharedBankTest
class LanguageRelevanceTests extends LanguageRelevanceCases {

}
