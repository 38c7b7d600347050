"""A recipe page's JSON-LD `Recipe` names its author the way an article's `NewsArticle` does.

Class found where newspaper4k read the author and we did not (metadata-dev, half A of
the sites): a recipe community page whose only structured data is a `Recipe` with a
`Person` author, the member who posted it.
"""

from __future__ import annotations

import json

from transforms.html import parse_html_page
from transforms.pipeline import clean

STEPS = (
    "<p>Cook the pudding with the milk and the sugar and leave it to cool under a sheet of film, "
    "so that no skin forms while you make the base of the cake.</p>"
    "<p>Beat the butter with the flour and the egg, press the dough into a round tin, spread the "
    "cooled pudding over it and bake for an hour at 175 degrees.</p>"
)


def recipe_page(*objects: dict, byline: str = "") -> str:
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(obj)}</script>' for obj in objects)
    return (
        f"<html><head><title>Mandarin sour cream cake by crumbqueen | Kitchen Example</title>{scripts}"
        '<meta property="og:site_name" content="Kitchen Example"></head><body>'
        f"<h1>Mandarin sour cream cake</h1>{byline}<article>{STEPS}</article></body></html>"
    )


RECIPE = {
    "@context": "https://schema.org",
    "@type": "Recipe",
    "name": "Mandarin sour cream cake",
    "datePublished": "2006-10-18",
    "recipeIngredient": ["125 g flour", "65 g sugar"],
    "author": {"@type": "Person", "name": "crumbqueen"},
}


def cleaned(html: str):
    return clean(
        parse_html_page(html, source="test", url="https://www.kitchen-example.com/recipes/607/cake.html")
    )


def test_the_member_who_posted_a_recipe_is_its_author() -> None:
    article = cleaned(recipe_page(RECIPE))

    assert article.authors == ("crumbqueen",)
    assert article.published_date.isoformat() == "2006-10-18"
    assert article.title == "Mandarin sour cream cake"


def test_a_page_listing_several_recipes_names_no_author() -> None:
    # Look-alike: a category page whose ItemList holds other members' recipes.
    listing = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [
            {**RECIPE, "name": "Lemon cake", "author": {"@type": "Person", "name": "lemonfan"}},
            {**RECIPE, "name": "Plum cake", "author": {"@type": "Person", "name": "plumlover"}},
        ],
    }

    assert cleaned(recipe_page(listing)).authors == ()


def test_a_news_article_beside_a_recipe_is_still_the_page_s_article() -> None:
    # Look-alike: a food section's article with the recipe it prints: the article's byline wins.
    news = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Mandarin sour cream cake",
        "datePublished": "2024-03-02T09:00:00+01:00",
        "author": {"@type": "Person", "name": "Marta Quinn"},
    }
    article = cleaned(recipe_page(RECIPE, news))

    assert article.authors == ("Marta Quinn",)
    assert article.published_date.isoformat() == "2024-03-02"
