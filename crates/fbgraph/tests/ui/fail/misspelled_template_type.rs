// A template's type is a variant: a misspelling (`template_type: "genric"`) does not compile.
use fbgraph::v19_0::{GenericElement, GenericTemplate, Template};

fn main() {
    let _ = Template::Genric(GenericTemplate::new([GenericElement::new("Hat")]));
}
