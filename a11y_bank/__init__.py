"""a11y_bank: an accessible desktop banking client."""
