/**
 * The example's pages and small HTTP API: the signal log as HTML and JSON, and endpoints that create, vote, rename
 * and delete questions and change a pizza's toppings, answering with ids so that calls can be chained; and demo pages
 * for the request signals and template_rendered (a throwing servlet, an async one, a JSP view, a Faces view).
 */
package org.cdisignals.example.web;
