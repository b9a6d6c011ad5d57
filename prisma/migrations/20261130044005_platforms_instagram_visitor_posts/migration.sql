-- AlterEnum
ALTER TYPE "ChannelKind" ADD VALUE 'INSTAGRAM_ACCOUNT';

-- AlterEnum
ALTER TYPE "MessageKind" ADD VALUE 'POST';

-- AlterEnum
ALTER TYPE "Platform" ADD VALUE 'INSTAGRAM';

-- AlterTable
ALTER TABLE "messages" ADD COLUMN     "permalink" TEXT;
