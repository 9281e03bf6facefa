namespace BenefitsBot.AdaptiveCards;

#pragma warning disable CA1008 // enum values mirror the schema's names; the schema has no "None" value for most of them

public enum TextSize { Default, Small, Medium, Large, ExtraLarge }

public enum TextWeight { Default, Lighter, Bolder }

public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

public enum TextBlockStyle { Default, Heading }

public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }

public enum Spacing { None, Small, Default, Medium, Large, ExtraLarge, Padding }

public enum HorizontalAlignment { Left, Center, Right }

public enum VerticalAlignment { Top, Center, Bottom }

public enum ImageSize { Auto, Stretch, Small, Medium, Large }

public enum ImageStyle { Default, Person }

public enum ActionStyle { Default, Positive, Destructive }

public enum ActionMode { Primary, Secondary }

public enum TextInputStyle { Text, Tel, Url, Email, Password }

public enum ChoiceInputStyle { Compact, Expanded, Filtered }

public enum AssociatedInputs { Auto, None }
