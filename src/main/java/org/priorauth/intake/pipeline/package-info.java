/**
 * Pipeline: the glue between the Camel routes in {@code routes/} and the features. The routes name each step;
 * each step here is one line that calls a feature bean. This is the only package that knows Camel.
 */
package org.priorauth.intake.pipeline;
