package org.cdisignals.example.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.cdisignals.example.polls.Pizza;
import org.cdisignals.example.polls.Topping;

/**
 * Pizzas and their toppings, Django's example for {@code m2m_changed}. Changes are flushed at the commit, as in
 * {@link QuestionService}: the {@code m2m_changed} signals are sent during it.
 */
@ApplicationScoped
@Transactional
public class PizzaService {

    @PersistenceContext(unitName = "polls")
    EntityManager em;

    public List<PizzaView> list() {
        return em.createQuery("select p from Pizza p order by p.id", Pizza.class).getResultList().stream()
                .map(PizzaView::of).toList();
    }

    public PizzaView get(long id) {
        return PizzaView.of(pizza(id));
    }

    public PizzaView create(String name) {
        Pizza pizza = new Pizza(name);
        em.persist(pizza);
        return PizzaView.of(pizza);
    }

    public List<PizzaView.ToppingView> listToppings() {
        return em.createQuery("select t from Topping t order by t.id", Topping.class).getResultList().stream()
                .map(t -> new PizzaView.ToppingView(t.getId(), t.getName())).toList();
    }

    public PizzaView.ToppingView createTopping(String name) {
        Topping topping = new Topping(name);
        em.persist(topping);
        return new PizzaView.ToppingView(topping.getId(), topping.getName());
    }

    public PizzaView addToppings(long pizzaId, List<Long> toppingIds) {
        Pizza pizza = pizza(pizzaId);
        toppingIds.forEach(id -> pizza.getToppings().add(topping(id)));
        return PizzaView.of(pizza);
    }

    public PizzaView removeToppings(long pizzaId, List<Long> toppingIds) {
        Pizza pizza = pizza(pizzaId);
        toppingIds.forEach(id -> pizza.getToppings().remove(topping(id)));
        return PizzaView.of(pizza);
    }

    public PizzaView clearToppings(long pizzaId) {
        Pizza pizza = pizza(pizzaId);
        pizza.getToppings().clear();
        return PizzaView.of(pizza);
    }

    private Pizza pizza(long id) {
        Pizza pizza = em.find(Pizza.class, id);
        if (pizza == null) {
            throw new NotFound("No pizza " + id);
        }
        return pizza;
    }

    private Topping topping(long id) {
        Topping topping = em.find(Topping.class, id);
        if (topping == null) {
            throw new NotFound("No topping " + id);
        }
        return topping;
    }
}
