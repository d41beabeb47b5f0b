"""The specialist's numbers and the billing team's evidence, counted per period against another period."""
