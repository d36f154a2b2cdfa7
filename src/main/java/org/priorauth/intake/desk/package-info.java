/**
 * The staff desk: server-rendered pages (Spring MVC and Thymeleaf, no script) over the same services as the
 * API, so a decision made here goes exactly the way one made through the API or by the pipeline goes.
 */
package org.priorauth.intake.desk;
