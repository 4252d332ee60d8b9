package com.interviewbank.markdown;

/**
 * Why a guide was refused, with the HTTP status a client can act on.
 */
public enum RejectionReason {

	TOO_LARGE(413), NOT_TEXT(415), NOT_UTF8(422), EMPTY(422), NO_HEADINGS(422), TOO_DEEPLY_NESTED(422),

	/** A zip that cannot be read, or whose paths leave the guide. */
	BAD_ARCHIVE(422);

	private final int httpStatus;

	RejectionReason(int httpStatus) {
		this.httpStatus = httpStatus;
	}

	public int httpStatus() {
		return this.httpStatus;
	}

}
