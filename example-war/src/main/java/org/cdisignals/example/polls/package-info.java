/** The example's model: Django's polls tutorial (Question, Choice) and its pizza example (Pizza, Topping). */
package org.cdisignals.example.polls;
