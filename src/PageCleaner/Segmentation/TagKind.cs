namespace PageCleaner.Segmentation;

/// <summary>Groups of element names that tell something about the text inside them; a bit set.</summary>
[Flags]
internal enum TagKind
{
    None = 0,
    Anchor = 1 << 0,
    Nav = 1 << 1,
    Header = 1 << 2,
    Footer = 1 << 3,
    Aside = 1 << 4,
    Form = 1 << 5,
    Article = 1 << 6,
    Main = 1 << 7,
    List = 1 << 8,
    ListItem = 1 << 9,
    Table = 1 << 10,
    Heading = 1 << 11,
    Control = 1 << 12,
    Quote = 1 << 13,
    Code = 1 << 14,
    Figure = 1 << 15,
    Paragraph = 1 << 16,
    Section = 1 << 17,
    Address = 1 << 18,
    Marquee = 1 << 19,
}
