/**
 * What every feature shares: configuration, the page layout, error pages and problem details.
 */
package com.interviewbank.system;
