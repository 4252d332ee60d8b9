package com.interviewbank.guide;

import java.util.List;

/**
 * Published when an admin gave a guide another language, with its active questions, whose search
 * documents are analysed by the guide's language.
 */
public record GuideLanguageChanged(String guideSlug, List<Long> questionIds) {
}
